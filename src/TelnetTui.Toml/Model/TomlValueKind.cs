namespace TelnetTui.Toml;

/// <summary>The TOML 1.0.0 value types.</summary>
public enum TomlValueKind
{
    String,
    Integer,
    Float,
    Boolean,
    DateTime,
    Array,
    Table,
}
