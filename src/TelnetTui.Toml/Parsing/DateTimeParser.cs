namespace TelnetTui.Toml.Parsing;

/// <summary>
/// Reads the RFC 3339 subsets TOML 1.0.0 allows: offset date-time, local date-time, local date
/// and local time. Seconds are required; the date/time separator may be T, t or a space.
/// </summary>
internal static class DateTimeParser
{
    private const string Form = "YYYY-MM-DD, HH:MM:SS[.fraction] or YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM]";

    public static bool LooksLikeDateTime(ReadOnlySpan<char> token) =>
        token.Contains(':') || (token.Length >= 5 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[1])
            && char.IsAsciiDigit(token[2]) && char.IsAsciiDigit(token[3]) && token[4] == '-');

    public static TomlDateTime Parse(ParseCursor c, ReadOnlySpan<char> token, int at)
    {
        var s = token;
        int year = 0, month = 0, day = 0;
        var hasDate = s.Length >= 5 && s[4] == '-';
        var i = 0;
        if (hasDate)
        {
            if (s.Length < 10 || !Digits(s, 0, 4, out year) || s[4] != '-' || !Digits(s, 5, 2, out month) || s[7] != '-' || !Digits(s, 8, 2, out day))
                throw Bad(c, token, at, "a date is YYYY-MM-DD with all the digits");
            if (month is < 1 or > 12)
                throw Bad(c, token, at, $"there is no month {month}");
            if (day < 1 || day > DaysInMonth(year, month))
                throw Bad(c, token, at, $"there is no day {day} in {new DateTime(2000, month, 1):MMMM} {year:D4}");
            if (s.Length == 10)
                return new TomlDateTime(TomlDateTimeKind.LocalDate, year, month, day, 0, 0, 0, 0, 0);
            if (s[10] is not ('T' or 't' or ' '))
                throw Bad(c, token, at, "the date and the time must be separated by T or a space");
            i = 11;
            if (i == s.Length)
                throw Bad(c, token, at, "a time must follow the T");
        }
        if (s.Length < i + 8 || !Digits(s, i, 2, out var hour) || s[i + 2] != ':' || !Digits(s, i + 3, 2, out var minute)
            || s[i + 5] != ':' || !Digits(s, i + 6, 2, out var second))
            throw Bad(c, token, at, "a time is HH:MM:SS with all the digits (seconds are required in TOML 1.0.0)");
        if (hour > 23)
            throw Bad(c, token, at, $"there is no hour {hour}");
        if (minute > 59)
            throw Bad(c, token, at, $"there is no minute {minute}");
        // RFC 3339 §5.6 allows second 60 for a leap second.
        if (second > 60)
            throw Bad(c, token, at, $"there is no second {second}");
        i += 8;
        var nanos = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Keep nanoseconds; further digits are truncated as TOML 1.0.0 allows.
                if (i - start < 9)
                    nanos = nanos * 10 + (s[i] - '0');
                i++;
            }
            if (i == start)
                throw Bad(c, token, at, "a decimal point in the seconds must be followed by digits");
            for (var k = Math.Min(i - start, 9); k < 9; k++)
                nanos *= 10;
        }
        if (!hasDate)
        {
            if (i != s.Length)
                throw Bad(c, token, at, "a local time has no offset or other text after the seconds");
            return new TomlDateTime(TomlDateTimeKind.LocalTime, 0, 0, 0, hour, minute, second, nanos, 0);
        }
        if (i == s.Length)
            return new TomlDateTime(TomlDateTimeKind.LocalDateTime, year, month, day, hour, minute, second, nanos, 0);
        var offset = 0;
        if (s[i] is 'Z' or 'z')
        {
            i++;
        }
        else if (s[i] is '+' or '-')
        {
            if (s.Length != i + 6 || !Digits(s, i + 1, 2, out var oh) || s[i + 3] != ':' || !Digits(s, i + 4, 2, out var om))
                throw Bad(c, token, at, "an offset is Z or +HH:MM / -HH:MM");
            if (oh > 23 || om > 59)
                throw Bad(c, token, at, $"the offset {s[i..].ToString()} is out of range");
            offset = (oh * 60 + om) * (s[i] == '-' ? -1 : 1);
            i += 6;
        }
        if (i != s.Length)
            throw Bad(c, token, at, "unexpected text after the date-time");
        return new TomlDateTime(TomlDateTimeKind.OffsetDateTime, year, month, day, hour, minute, second, nanos, offset);
    }

    /// <summary>Proleptic Gregorian month lengths (RFC 3339 §5.7), year 0 included.</summary>
    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
            return false;
        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
                return false;
            value = value * 10 + (s[k] - '0');
        }
        return true;
    }

    private static TomlException Bad(ParseCursor c, ReadOnlySpan<char> token, int at, string why) =>
        c.Fail(at, $"'{token.ToString()}' is not a valid date or time: {why} ({Form})");
}
