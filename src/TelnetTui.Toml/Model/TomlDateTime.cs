using System.Globalization;
using System.Text;

namespace TelnetTui.Toml;

/// <summary>
/// A TOML date/time value with the precision TOML asks implementations to keep (at least
/// milliseconds; we keep nanoseconds and truncate beyond, TOML 1.0.0 "Offset Date-Time").
/// Equality is field by field, so 'Z' and '+00:00' compare equal but different offsets of the
/// same instant do not; use <see cref="ToDateTimeOffset"/> to compare instants.
/// </summary>
public readonly record struct TomlDateTime
{
    public TomlDateTime(TomlDateTimeKind kind, int year, int month, int day, int hour, int minute, int second, int nanosecond, int offsetMinutes)
    {
        Kind = kind;
        Year = year;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = minute;
        Second = second;
        Nanosecond = nanosecond;
        OffsetMinutes = kind == TomlDateTimeKind.OffsetDateTime ? offsetMinutes : 0;
    }

    public TomlDateTimeKind Kind { get; }
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Nanosecond { get; }

    /// <summary>Offset from UTC in minutes; only meaningful for <see cref="TomlDateTimeKind.OffsetDateTime"/>.</summary>
    public int OffsetMinutes { get; }

    public bool HasDate => Kind != TomlDateTimeKind.LocalTime;

    public bool HasTime => Kind != TomlDateTimeKind.LocalDate;

    public static TomlDateTime FromDateTimeOffset(DateTimeOffset value) => new(
        TomlDateTimeKind.OffsetDateTime, value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second,
        (int)(value.Ticks % TimeSpan.TicksPerSecond) * 100, (int)value.Offset.TotalMinutes);

    public static TomlDateTime FromLocalDateTime(DateTime value) => new(
        TomlDateTimeKind.LocalDateTime, value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second,
        (int)(value.Ticks % TimeSpan.TicksPerSecond) * 100, 0);

    public static TomlDateTime FromDate(DateOnly value) =>
        new(TomlDateTimeKind.LocalDate, value.Year, value.Month, value.Day, 0, 0, 0, 0, 0);

    public static TomlDateTime FromTime(TimeOnly value) => new(
        TomlDateTimeKind.LocalTime, 0, 0, 0, value.Hour, value.Minute, value.Second,
        (int)(value.Ticks % TimeSpan.TicksPerSecond) * 100, 0);

    /// <summary>The instant, for an offset date-time (sub-100ns digits are dropped). Year 0 and second 60 cannot be represented.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        if (Kind != TomlDateTimeKind.OffsetDateTime)
            throw new InvalidOperationException($"a {Describe(Kind)} has no offset");
        var local = new DateTime(Year, Month, Day, Hour, Minute, Math.Min(Second, 59), DateTimeKind.Unspecified).AddTicks(Nanosecond / 100);
        return new DateTimeOffset(local, TimeSpan.FromMinutes(OffsetMinutes));
    }

    /// <summary>The wall-clock date and time (local date-times, or the local part of an offset date-time).</summary>
    public DateTime ToDateTime()
    {
        if (!HasDate || !HasTime)
            throw new InvalidOperationException($"a {Describe(Kind)} is not a date and time");
        return new DateTime(Year, Month, Day, Hour, Minute, Math.Min(Second, 59), DateTimeKind.Unspecified).AddTicks(Nanosecond / 100);
    }

    public DateOnly ToDateOnly() =>
        HasDate ? new DateOnly(Year, Month, Day) : throw new InvalidOperationException("a local time has no date");

    public TimeOnly ToTimeOnly() =>
        HasTime ? new TimeOnly(Hour, Minute, Math.Min(Second, 59)).Add(TimeSpan.FromTicks(Nanosecond / 100)) : throw new InvalidOperationException("a local date has no time");

    public static string Describe(TomlDateTimeKind kind) => kind switch
    {
        TomlDateTimeKind.OffsetDateTime => "offset date-time",
        TomlDateTimeKind.LocalDateTime => "local date-time",
        TomlDateTimeKind.LocalDate => "local date",
        _ => "local time",
    };

    /// <summary>RFC 3339 form as TOML writes it: "1979-05-27T07:32:00.5-07:00", 'Z' for a zero offset, fraction without trailing zeros.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(35);
        if (HasDate)
            sb.Append(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
        if (HasDate && HasTime)
            sb.Append('T');
        if (HasTime)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}:{Second:D2}");
            if (Nanosecond != 0)
                sb.Append('.').Append(Nanosecond.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        }
        if (Kind == TomlDateTimeKind.OffsetDateTime)
        {
            if (OffsetMinutes == 0)
            {
                sb.Append('Z');
            }
            else
            {
                var abs = Math.Abs(OffsetMinutes);
                sb.Append(OffsetMinutes < 0 ? '-' : '+').Append(CultureInfo.InvariantCulture, $"{abs / 60:D2}:{abs % 60:D2}");
            }
        }
        return sb.ToString();
    }
}
