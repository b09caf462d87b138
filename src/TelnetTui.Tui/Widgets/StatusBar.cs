using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// One line at the bottom: segments on the left (host, state, mode...) and on the right (key hints),
/// in the theme's status style. The right side gives way when the line is too narrow.
/// </summary>
public sealed class StatusBar : Widget
{
    public List<TextSpan> Left { get; } = [];
    public List<TextSpan> Right { get; } = [];

    /// <summary>A key hint: the key in the key style, then its label ("F1 Help").</summary>
    public void AddHint(string key, string label)
    {
        Right.Add(new TextSpan(" " + key + " ", Theme.StatusBarKey));
        Right.Add(new TextSpan(" " + label + " ", Theme.StatusBar));
    }

    /// <summary>Replaces the left side with plain segments separated by " │ ".</summary>
    public void SetLeft(params string[] segments)
    {
        Left.Clear();
        for (var i = 0; i < segments.Length; i++)
            Left.Add(new TextSpan((i == 0 ? " " : " │ ") + segments[i], Theme.StatusBar));
        Left.Add(new TextSpan(" ", Theme.StatusBar));
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        var row = area.Row(0);
        buffer.Fill(row, Cell.Space(Theme.StatusBar));
        var leftWidth = Left.Sum(s => CharWidth.Of(s.Text));
        var rightWidth = Right.Sum(s => CharWidth.Of(s.Text));
        buffer.SetSpans(row.X, row.Y, Left.ToArray(), row.Width);
        if (rightWidth <= row.Width - leftWidth)
            buffer.SetSpans(row.Right - rightWidth, row.Y, Right.ToArray(), rightWidth);
    }
}
