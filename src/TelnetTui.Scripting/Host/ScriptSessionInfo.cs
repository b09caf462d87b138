namespace TelnetTui.Scripting.Host;

/// <summary>The session as <c>session.*</c> shows it to scripts.</summary>
public sealed record ScriptSessionInfo
{
    public static readonly ScriptSessionInfo Disconnected = new();

    /// <summary>The connection book id, if the session came from the book.</summary>
    public string? HostId { get; init; }

    public string Host { get; init; } = "";

    public int Port { get; init; }

    public bool Tls { get; init; }

    public bool Connected { get; init; }

    /// <summary>"line" (local input line, MUD) or "character" (every key to the host, BBS).</summary>
    public string Mode { get; init; } = "line";

    public int Columns { get; init; } = 80;

    public int Rows { get; init; } = 24;

    /// <summary>Canonical encoding name (utf-8, cp437, ...).</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Telnet options enabled on either side.</summary>
    public IReadOnlyList<ScriptOptionInfo> Options { get; init; } = [];
}
