namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>rep-bomb</c>: REP (CSI Ps b) with counts up to 10^9 and beyond, after narrow, wide and combined characters.</summary>
public sealed class RepeatBomb : ChaosScenario
{
    public const int Lines = 1000;

    public override string Name => "rep-bomb";

    public override string Summary => $"{Lines} lines of REP with counts of 10^9 (and 10^12, which overflows)";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        string[] seeds = ["A", "漢", "e\u0301", "\u001b(0q", "\u001b[4hB"];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Lines; i++)
        {
            text.Append(seeds[i % seeds.Length]).Append("\u001b[1000000000b").Append("\u001b[999999999999b")
                .Append("\u001b(B\u001b[4l\r\n");
        }
        await connection.WriteAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
