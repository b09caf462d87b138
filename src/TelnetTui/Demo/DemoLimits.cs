namespace TelnetTui.Demo;

/// <summary>
/// Every bound the demo server puts on a client, in one place. A hostile or broken client costs at
/// most a disconnect: input is capped in length, rate and queue size, every wait has a timeout, and
/// output to a client that stops reading gives up after a stall.
/// </summary>
public static class DemoLimits
{
    /// <summary>Connections served at once; more are accepted and closed at once.</summary>
    public const int MaxConnections = 32;

    /// <summary>Longest input line kept; longer lines are refused as a whole ("line too long").</summary>
    public const int MaxLineLength = 512;

    /// <summary>Input a client may send in a burst before its rate counts (data bytes; a negotiation counts as <see cref="NegotiationCost"/>).</summary>
    public const int InputBurstBytes = 64 * 1024;

    /// <summary>Sustained input rate allowed; faster input ends the connection.</summary>
    public const int InputBytesPerSecond = 16 * 1024;

    /// <summary>What one received negotiation or command costs against the input rate.</summary>
    public const int NegotiationCost = 16;

    /// <summary>Events (input reads, NAWS reports, GMCP messages...) waiting for the session; more end the connection.</summary>
    public const int MaxQueuedEvents = 512;

    /// <summary>Input bytes waiting for the session (it may be busy sending a flood); more end the connection.</summary>
    public const int MaxQueuedInputBytes = 256 * 1024;

    /// <summary>Decoded lines or keys kept ahead of the session (type-ahead); more are dropped.</summary>
    public const int MaxPendingInputs = 64;

    /// <summary>Notices (say, arrivals) queued for one player; more are dropped for that player.</summary>
    public const int MaxQueuedNotices = 64;

    /// <summary>Largest <c>flood N</c>.</summary>
    public const long MaxFloodBytes = 10_000_000_000;

    /// <summary>Accounts the MUD's <c>login</c> remembers (in memory, for the server's lifetime).</summary>
    public const int MaxAccounts = 1000;

    /// <summary>Wrong passwords allowed per <c>login</c>.</summary>
    public const int MaxPasswordAttempts = 3;

    /// <summary>Largest window drawn on the BBS terminal screen (NAWS can claim 65535x65535).</summary>
    public const int MaxDrawColumns = 250;

    /// <summary>Largest window drawn on the BBS terminal screen.</summary>
    public const int MaxDrawRows = 100;

    /// <summary>Longest escape sequence the key decoder collects before giving up on it.</summary>
    public const int MaxEscapeSequenceLength = 32;
}
