using TelnetTui.Tui.App;
using TelnetTui.Tui.Platform;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.App.Tests.Support;

/// <summary>An in-memory user terminal: a size, a colour depth, and everything written to it.</summary>
public sealed class FakeTerminal(int columns = 100, int rows = 30, ColorDepth depth = ColorDepth.TrueColor) : ITerminal
{
    private readonly List<byte> _written = [];

    public int Columns { get; set; } = columns;
    public int Rows { get; set; } = rows;
    public ColorDepth ColorDepth { get; } = depth;
    public int Restores { get; private set; }

    public void Start(Action<Message> post)
    {
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_written)
            _written.AddRange(bytes.ToArray());
    }

    public string WrittenText
    {
        get
        {
            lock (_written)
                return System.Text.Encoding.UTF8.GetString(_written.ToArray());
        }
    }

    public void Suspend()
    {
    }

    public void Restore() => Restores++;

    public void Dispose() => Restore();
}
