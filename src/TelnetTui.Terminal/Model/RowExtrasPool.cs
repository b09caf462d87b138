namespace TelnetTui.Terminal.Model;

/// <summary>
/// Reuses the side tables of lines that fell out of scrollback or were erased, so a stream full of RGB
/// colours does not allocate a table for every line. Bounded: at most <see cref="MaxPooled"/> are kept.
/// </summary>
internal sealed class RowExtrasPool
{
    public const int MaxPooled = 64;
    private readonly Stack<RowExtras> _free = new();

    public RowExtras Rent() => _free.Count > 0 ? _free.Pop() : new RowExtras();

    public void Return(RowExtras? extras)
    {
        if (extras is null || _free.Count >= MaxPooled)
            return;
        extras.Clusters.Clear();
        extras.Styles.Clear();
        _free.Push(extras);
    }
}
