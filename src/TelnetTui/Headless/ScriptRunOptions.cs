using TelnetTui.Core.Sessions;

namespace TelnetTui.Headless;

/// <summary>What <c>telnettui run</c> was asked: the script, where to connect, and the session's overrides.</summary>
public sealed record ScriptRunOptions
{
    public required string Script { get; init; }

    /// <summary>A book id, an address or a telnet(s):// URL; null runs the script without a connection.</summary>
    public string? Host { get; init; }

    public int? Port { get; init; }

    public int? Columns { get; init; }

    public int? Rows { get; init; }

    public string? Encoding { get; init; }

    public bool Tls { get; init; }

    /// <summary>--config FILE; null uses $XDG_CONFIG_HOME/telnettui/config.toml.</summary>
    public string? ConfigFile { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How connections are made (a fake in tests).</summary>
    public ISessionConnector Connector { get; init; } = TcpSessionConnector.Default;
}
