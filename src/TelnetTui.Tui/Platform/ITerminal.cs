using TelnetTui.Tui.App;
using TelnetTui.Tui.Rendering;

namespace TelnetTui.Tui.Platform;

/// <summary>
/// The user's terminal as the application loop sees it: a size, a colour depth, a byte sink, and a source of
/// input events. <see cref="PosixTerminal"/> is the real one; tests use an in-memory fake.
/// </summary>
public interface ITerminal : IDisposable
{
    int Columns { get; }
    int Rows { get; }
    ColorDepth ColorDepth { get; }

    /// <summary>Enters raw mode and the configured modes, then posts input, resize and resume events through <paramref name="post"/>.</summary>
    void Start(Action<Message> post);

    /// <summary>Writes encoded bytes (one frame at a time).</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>Suspends the program like Ctrl+Z in a shell: restores the terminal, stops, and re-enters on resume.</summary>
    void Suspend();

    /// <summary>Restores the terminal (cooked mode, main screen, cursor, mouse off). Safe to call more than once.</summary>
    void Restore();
}
