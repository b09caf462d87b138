using TelnetTui.Tui.App;
using TelnetTui.Tui.Platform;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Tests.Support;

/// <summary>An in-memory terminal: records what is written, lets the test post input and resize.</summary>
public sealed class FakeTerminal(int columns = 40, int rows = 10, ColorDepth depth = ColorDepth.TrueColor) : ITerminal
{
    public int Columns { get; set; } = columns;
    public int Rows { get; set; } = rows;
    public ColorDepth ColorDepth { get; } = depth;
    public List<byte[]> Writes { get; } = [];
    public int Suspends { get; private set; }
    public int Restores { get; private set; }
    public Action<Message>? Post { get; private set; }

    public void Start(Action<Message> post) => Post = post;
    public void Write(ReadOnlySpan<byte> bytes) => Writes.Add(bytes.ToArray());
    public void Suspend() => Suspends++;
    public void Restore() => Restores++;
    public void Dispose() => Restore();

    public int TotalBytes => Writes.Sum(w => w.Length);
    public string LastWrite => Writes.Count == 0 ? "" : System.Text.Encoding.UTF8.GetString(Writes[^1]);
}
