namespace TelnetTui.Demo.Mud;

/// <summary>A character's health, mana and movement points, now and at most.</summary>
internal readonly record struct Vitals(int Hp, int MaxHp, int Mp, int MaxMp, int Mv, int MaxMv)
{
    public static readonly Vitals Fresh = new(100, 100, 80, 80, 120, 120);

    /// <summary>One tick of rest: a little of each back, never past the maximum.</summary>
    public Vitals Regenerate() => this with
    {
        Hp = Math.Min(MaxHp, Hp + 3),
        Mp = Math.Min(MaxMp, Mp + 2),
        Mv = Math.Min(MaxMv, Mv + 5),
    };

    public Vitals SpendMoves(int cost) => this with { Mv = Math.Max(0, Mv - cost) };
}
