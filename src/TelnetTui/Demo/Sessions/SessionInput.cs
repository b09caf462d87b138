using TelnetTui.Demo.Input;

namespace TelnetTui.Demo.Sessions;

/// <summary>What <see cref="DemoSession.NextAsync"/> returns: a line, a key, another event, or nothing in time.</summary>
internal readonly record struct SessionInput(SessionInputKind Kind, AssembledLine Line = default, Key Key = default, DemoEvent? Event = null)
{
    public static readonly SessionInput TimedOut = new(SessionInputKind.Timeout);

    public static SessionInput Of(AssembledLine line) => new(SessionInputKind.Line, Line: line);

    public static SessionInput Of(Key key) => new(SessionInputKind.Key, Key: key);

    public static SessionInput Of(DemoEvent e) => new(SessionInputKind.Event, Event: e);
}

internal enum SessionInputKind
{
    Line,
    Key,
    Event,
    Timeout,
}
