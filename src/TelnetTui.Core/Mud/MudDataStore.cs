using TelnetTui.Telnet.Values;

namespace TelnetTui.Core.Mud;

/// <summary>
/// The latest GMCP, MSDP and MSSP data of a session: by message name for scripts and the status bar
/// (<see cref="Latest"/>), and as a tree for the inspector (<see cref="Root"/>: GMCP / MSDP / MSSP, then
/// the dotted GMCP package path). Names are capped at <see cref="MaxNames"/> so a host that invents a
/// new message name every time cannot grow it without bound; values are bounded by the telnet layer's
/// subnegotiation limit. Owned by the session's thread.
/// </summary>
public sealed class MudDataStore
{
    /// <summary>Distinct message names kept per protocol; messages with new names past this are counted, not stored.</summary>
    public const int MaxNames = 1024;

    private readonly Dictionary<(MudProtocol, string), MudDataNode> _byName = [];
    private readonly Dictionary<MudProtocol, int> _names = [];

    public MudDataNode Root { get; } = new("");

    /// <summary>Messages dropped because <see cref="MaxNames"/> was reached.</summary>
    public long Dropped { get; private set; }

    /// <summary>Changes whenever anything is stored: a view can redraw only when it moved.</summary>
    public long Version { get; private set; }

    /// <summary>The latest value of a GMCP message ("Char.Vitals"), an MSDP variable ("HEALTH"), or MSSP ("").</summary>
    public MudValue? Latest(MudProtocol protocol, string name) => _byName.TryGetValue((protocol, name), out var node) ? node.Value : null;

    public void Add(MudMessage message, DateTimeOffset time)
    {
        var key = (message.Protocol, message.Name);
        if (!_byName.TryGetValue(key, out var node))
        {
            var count = _names.GetValueOrDefault(message.Protocol);
            if (count >= MaxNames)
            {
                Dropped++;
                return;
            }
            _names[message.Protocol] = count + 1;
            node = Place(message.Protocol, message.Name);
            _byName[key] = node;
        }
        node.Value = message.Value;
        node.Updated = time;
        node.Error = message.Error;
        node.Count++;
        Version++;
    }

    private MudDataNode Place(MudProtocol protocol, string name)
    {
        var node = Root.GetOrAdd(protocol.ToString().ToUpperInvariant());
        if (protocol != MudProtocol.Gmcp)
            return name.Length == 0 ? node : node.GetOrAdd(name);
        foreach (var part in name.Split('.'))
            node = node.GetOrAdd(part);
        return node;
    }
}
