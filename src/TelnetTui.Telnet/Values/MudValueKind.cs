namespace TelnetTui.Telnet.Values;

/// <summary>The JSON-like shapes a <see cref="MudValue"/> can take.</summary>
public enum MudValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}
