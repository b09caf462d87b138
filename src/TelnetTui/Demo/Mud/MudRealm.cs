using TelnetTui.Demo.Sessions;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// The shared, live side of the MUD: who is online and where, the accounts <c>login</c> made, and
/// messages between players. One lock guards names and rooms; notices go into each player's inbox.
/// </summary>
internal sealed class MudRealm(MudWorld world, TimeProvider clock)
{
    private readonly object _gate = new();
    private readonly List<MudPlayer> _players = [];
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private int _guests;

    public MudWorld World { get; } = world;

    public AccountStore Accounts { get; } = new();

    public int PlayerCount
    {
        get
        {
            lock (_gate)
                return _players.Count;
        }
    }

    /// <summary>The hour of the world's day: one game hour per real minute since the server started.</summary>
    public int WorldHour => (int)((clock.GetUtcNow() - _started).TotalMinutes % 24 + 8) % 24;

    public T Read<T>(Func<T> read)
    {
        lock (_gate)
            return read();
    }

    /// <summary>Brings a new guest into the start room.</summary>
    public MudPlayer Enter(SessionInbox inbox)
    {
        lock (_gate)
        {
            var player = new MudPlayer(this, inbox, "Wanderer" + ++_guests, World.StartRoom, clock.GetUtcNow());
            _players.Add(player);
            return player;
        }
    }

    public void Leave(MudPlayer player)
    {
        lock (_gate)
            _players.Remove(player);
    }

    public IReadOnlyList<(string Name, string Room)> Who()
    {
        lock (_gate)
            return [.. _players.Select(p => (p.Name, World.Room(p.RoomId).Name))];
    }

    /// <summary>The names of the others in a room.</summary>
    public IReadOnlyList<string> Others(string room, MudPlayer except)
    {
        lock (_gate)
            return [.. _players.Where(p => p != except && p.RoomId == room).Select(p => p.Name)];
    }

    public void Move(MudPlayer player, string room)
    {
        lock (_gate)
            player.RoomId = room;
    }

    /// <summary>Renames a player unless someone else online has the name (any case).</summary>
    public bool TryRename(MudPlayer player, string name)
    {
        lock (_gate)
        {
            if (_players.Any(p => p != player && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                return false;
            player.Name = name;
            return true;
        }
    }

    public bool IsOnline(string name, MudPlayer except)
    {
        lock (_gate)
            return _players.Any(p => p != except && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Shows a notice to everyone in a room but <paramref name="except"/>.</summary>
    public void TellRoom(string room, MudPlayer? except, NoticePosted notice)
    {
        MudPlayer[] targets;
        lock (_gate)
            targets = [.. _players.Where(p => p != except && p.RoomId == room)];
        foreach (var p in targets)
            p.Inbox.PostNotice(notice);
    }
}
