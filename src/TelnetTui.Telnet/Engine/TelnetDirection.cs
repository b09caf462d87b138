namespace TelnetTui.Telnet.Engine;

/// <summary>Which way a record's bytes travelled.</summary>
public enum TelnetDirection
{
    Received,
    Sent,
}
