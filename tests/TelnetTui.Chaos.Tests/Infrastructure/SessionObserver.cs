using TelnetTui.Core.Sessions;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Chaos.Tests.Infrastructure;

/// <summary>
/// What a session reported while a scenario ran, collected on the owner thread with bounded memory
/// (a flood has millions of lines: only counts and the last few are kept).
/// </summary>
internal sealed class SessionObserver
{
    private const int KeptLines = 200;

    private readonly Queue<string> _lastLines = new();
    private readonly List<string> _notices = [];
    private readonly List<SessionStateChange> _states = [];
    private readonly List<MudMessage> _mud = [];

    public SessionObserver(Session session)
    {
        session.LineReceived += line =>
        {
            LineCount++;
            _lastLines.Enqueue(line.Text);
            if (_lastLines.Count > KeptLines)
                _lastLines.Dequeue();
            foreach (var watched in _watched)
            {
                if (line.Text.Contains(watched, StringComparison.Ordinal))
                    _seen.Add(watched);
            }
        };
        session.Notice += n =>
        {
            if (_notices.Count < KeptLines)
                _notices.Add(n);
        };
        session.StateChanged += c => _states.Add(c);
        session.ModeChanged += _ => ModeChanges++;
        session.MudMessageReceived += m =>
        {
            MudMessages++;
            if (_mud.Count < KeptLines)
                _mud.Add(m);
        };
    }

    private readonly List<string> _watched = [];
    private readonly HashSet<string> _seen = [];

    public long LineCount { get; private set; }

    public int ModeChanges { get; private set; }

    public int MudMessages { get; private set; }

    public IReadOnlyList<string> LastLines => [.. _lastLines];

    public IReadOnlyList<string> Notices => _notices;

    public IReadOnlyList<SessionStateChange> States => _states;

    public IReadOnlyList<MudMessage> Mud => _mud;

    /// <summary>Remembers whether a line containing <paramref name="text"/> ever arrives.</summary>
    public void Watch(string text) => _watched.Add(text);

    public bool Saw(string text) => _seen.Contains(text);
}
