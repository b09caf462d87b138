namespace TelnetTui.Toml;

/// <summary>The four date/time types of TOML 1.0.0 (RFC 3339 and its local subsets).</summary>
public enum TomlDateTimeKind
{
    OffsetDateTime,
    LocalDateTime,
    LocalDate,
    LocalTime,
}
