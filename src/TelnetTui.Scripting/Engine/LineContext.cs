using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Engine;

/// <summary>The received line being processed: callbacks may gag or highlight it through gag()/highlight().</summary>
internal sealed class LineContext(int serial, string text)
{
    private List<LineHighlight>? _highlights;

    public int Serial { get; } = serial;

    public string Text { get; } = text;

    public bool Gag { get; set; }

    public int Fired { get; set; }

    public void Highlight(int start, int length, string colour) => (_highlights ??= []).Add(new LineHighlight(start, length, colour));

    public LineResult Result => new(Gag, _highlights, Fired);
}
