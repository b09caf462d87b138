using TelnetTui.Telnet.Values;

namespace TelnetTui.Demo.Sessions;

/// <summary>
/// What a client told us about itself outside the option table: GMCP Core.Hello and Core.Supports, and
/// NEW-ENVIRON variables. Written on the connection's read loop, read by the session; hence the lock.
/// Sizes are capped so a client cannot grow it.
/// </summary>
internal sealed class ClientInfo
{
    private const int MaxEntries = 64;
    private const int MaxTextLength = 128;

    private readonly object _gate = new();
    private readonly HashSet<string> _gmcpModules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private string? _gmcpClient;
    private string? _gmcpVersion;
    private bool _supportsAnnounced;

    /// <summary>GMCP Core.Hello's client and version, if it came.</summary>
    public (string? Client, string? Version) GmcpHello
    {
        get
        {
            lock (_gate)
                return (_gmcpClient, _gmcpVersion);
        }
    }

    /// <summary>NEW-ENVIRON variables received so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment
    {
        get
        {
            lock (_gate)
                return [.. _environment.OrderBy(p => p.Key, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Whether a GMCP package may be sent: every package until the client announces modules with
    /// Core.Supports.Set/Add; from then on only those it listed (a listed "Char" covers "Char.Vitals").
    /// Core messages are always allowed.
    /// </summary>
    public bool WantsGmcp(string package)
    {
        // Core is the protocol itself (Core.Ping, Core.Goodbye): never announced, always allowed.
        if (package.StartsWith("Core.", StringComparison.OrdinalIgnoreCase))
            return true;
        lock (_gate)
        {
            if (!_supportsAnnounced)
                return true;
            for (var name = package; ; name = name[..name.LastIndexOf('.')])
            {
                if (_gmcpModules.Contains(name))
                    return true;
                if (!name.Contains('.'))
                    return false;
            }
        }
    }

    /// <summary>Takes what a GMCP message says about the client (Core.Hello, Core.Supports.*).</summary>
    public void ObserveGmcp(MudMessage message)
    {
        lock (_gate)
        {
            switch (message.Name.ToLowerInvariant())
            {
                case "core.hello":
                    _gmcpClient = Cut(message.Value["client"]?.AsString);
                    _gmcpVersion = Cut(message.Value["version"]?.AsString);
                    break;
                case "core.supports.set":
                    _gmcpModules.Clear();
                    AddModules(message.Value);
                    break;
                case "core.supports.add":
                    AddModules(message.Value);
                    break;
                case "core.supports.remove":
                    foreach (var item in message.Value.Items)
                    {
                        if (ModuleName(item.AsString) is { } name)
                            _gmcpModules.Remove(name);
                    }
                    break;
            }
        }
    }

    public void ObserveEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        lock (_gate)
        {
            foreach (var (key, value) in variables)
            {
                if (_environment.Count < MaxEntries || _environment.ContainsKey(key))
                    _environment[Cut(key)!] = Cut(value)!;
            }
        }
    }

    private void AddModules(MudValue list)
    {
        _supportsAnnounced = true;
        foreach (var item in list.Items)
        {
            if (_gmcpModules.Count < MaxEntries && ModuleName(item.AsString) is { } name)
                _gmcpModules.Add(name);
        }
    }

    /// <summary>"Char.Vitals 1" → "Char.Vitals" (the version is not used).</summary>
    private static string? ModuleName(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
            return null;
        var trimmed = entry.Trim();
        var space = trimmed.IndexOf(' ');
        return Cut(space < 0 ? trimmed : trimmed[..space]);
    }

    private static string? Cut(string? s) => s is null || s.Length <= MaxTextLength ? s : s[..MaxTextLength];
}
