using System.Net;

namespace TelnetTui.Demo;

/// <summary>
/// Settings of a <see cref="DemoServer"/>. The defaults are what <c>telnettui serve</c> uses (apart from
/// the port); tests shorten the waits. Every limit defaults to its <see cref="DemoLimits"/> constant.
/// </summary>
public sealed class DemoServerOptions
{
    /// <summary>Where to listen: loopback and an ephemeral port unless told otherwise.</summary>
    public IPEndPoint EndPoint { get; set; } = new(IPAddress.Loopback, 0);

    public int MaxConnections { get; set; } = DemoLimits.MaxConnections;

    /// <summary>How long a new connection waits for the client's answers to the opening offers before the menu.</summary>
    public TimeSpan NegotiationWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the BBS waits for the answer to <c>ESC[6n</c>.</summary>
    public TimeSpan AnsiDetectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The MUD's heartbeat: vitals regenerate and GMCP/MSDP updates go out.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Every this many ticks a room may print one of its ambient lines (0: never).</summary>
    public int AmbientEveryTicks { get; set; } = 3;

    /// <summary>A connection with no input for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long each <c>login</c> question waits for an answer.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A client that takes no output for this long (its window is full) is disconnected.</summary>
    public TimeSpan WriteStallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxLineLength { get; set; } = DemoLimits.MaxLineLength;

    public int InputBurstBytes { get; set; } = DemoLimits.InputBurstBytes;

    public int InputBytesPerSecond { get; set; } = DemoLimits.InputBytesPerSecond;

    public long MaxFloodBytes { get; set; } = DemoLimits.MaxFloodBytes;

    /// <summary>Where connection and error lines go (stderr for <c>telnettui serve</c>); null for silence.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>Clock for rates and uptime (a fake one in tests).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
