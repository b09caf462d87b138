using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Connection;

/// <summary>Options for a <see cref="TelnetChannel"/>: telnet settings, transport, and text handling.</summary>
public sealed class TelnetChannelOptions
{
    public TelnetSettings Settings { get; set; } = new();

    public TransportOptions Transport { get; set; } = new();

    /// <summary>How received bytes become text (default UTF-8).</summary>
    public System.Text.Encoding ReceiveEncoding { get; set; } = new System.Text.UTF8Encoding(false);

    /// <summary>How text to send becomes bytes (default UTF-8).</summary>
    public System.Text.Encoding SendEncoding { get; set; } = new System.Text.UTF8Encoding(false);

    /// <summary>Switch both encodings when CHARSET agrees a character set .NET knows.</summary>
    public bool FollowCharset { get; set; } = true;

    /// <summary>Most characters kept unread; beyond it the oldest half is dropped (a flood cannot exhaust memory).</summary>
    public int MaxBufferedChars { get; set; } = 1 << 20;

    /// <summary>
    /// Called with the engine before negotiation starts, so events (records, option changes, GMCP) can be
    /// subscribed without missing the first ones. Runs for client connections and each server connection.
    /// </summary>
    public Action<TelnetEngine>? BeforeStart { get; set; }

    /// <summary>Used by reads and waits when no timeout is given.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
