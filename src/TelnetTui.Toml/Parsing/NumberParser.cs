using System.Globalization;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Parsing;

/// <summary>Reads TOML 1.0.0 integers ("Integer") and floats ("Float") from a scanned token.</summary>
internal static class NumberParser
{
    public static TomlValue Parse(ParseCursor c, ReadOnlySpan<char> token, int at, out ScalarStyle style)
    {
        style = ScalarStyle.Plain;
        var unsigned = token.Length > 0 && token[0] is '+' or '-' ? token[1..] : token;
        if (unsigned.SequenceEqual("inf"))
            return new TomlFloat(token[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
        // TOML 1.0.0: nan, +nan and -nan are all "not a number"; the sign carries no meaning we keep.
        if (unsigned.SequenceEqual("nan"))
            return new TomlFloat(double.NaN);
        var body = token;
        var negative = false;
        var signed = body.Length > 0 && body[0] is '+' or '-';
        if (signed)
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (body.Length > 1 && body[0] == '0' && body[1] is 'x' or 'o' or 'b')
        {
            if (signed)
                throw c.Fail(at, $"'{token.ToString()}': hexadecimal, octal and binary integers cannot have a sign");
            return Prefixed(c, token, at, body, out style);
        }
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]))
            throw c.Fail(at, $"'{token.ToString()}' is not a value (expected a number, date, string, boolean, array or table)");
        return body.IndexOfAny('.', 'e', 'E') >= 0 ? Float(c, token, at, body, negative) : Decimal(c, token, at, body, negative);
    }

    private static TomlInteger Decimal(ParseCursor c, ReadOnlySpan<char> token, int at, ReadOnlySpan<char> digits, bool negative)
    {
        CheckDigits(c, token, at, digits, char.IsAsciiDigit, "decimal digits");
        if (digits.Length > 1 && digits[0] == '0')
            throw c.Fail(at, $"'{token.ToString()}': leading zeros are not allowed in an integer");
        // Accumulate the magnitude; -9223372036854775808 is the one value whose magnitude exceeds long.MaxValue.
        ulong magnitude = 0;
        var limit = negative ? 9223372036854775808UL : long.MaxValue;
        foreach (var d in digits)
        {
            if (d == '_')
                continue;
            var digit = (ulong)(d - '0');
            if (magnitude > (limit - digit) / 10)
                throw c.Fail(at, $"'{token.ToString()}' does not fit in a 64-bit integer ({long.MinValue} to {long.MaxValue})");
            magnitude = magnitude * 10 + digit;
        }
        return new TomlInteger(negative ? (long)(0UL - magnitude) : (long)magnitude);
    }

    private static TomlInteger Prefixed(ParseCursor c, ReadOnlySpan<char> token, int at, ReadOnlySpan<char> body, out ScalarStyle style)
    {
        var (radix, bits, name) = body[1] switch
        {
            'x' => (16, 4, "hexadecimal digits"),
            'o' => (8, 3, "octal digits"),
            _ => (2, 1, "binary digits"),
        };
        style = radix switch { 16 => ScalarStyle.HexInteger, 8 => ScalarStyle.OctalInteger, _ => ScalarStyle.BinaryInteger };
        var digits = body[2..];
        Func<char, bool> isDigit = radix switch
        {
            16 => char.IsAsciiHexDigit,
            8 => ch => ch is >= '0' and <= '7',
            _ => ch => ch is '0' or '1',
        };
        CheckDigits(c, token, at, digits, isDigit, name);
        ulong value = 0;
        foreach (var d in digits)
        {
            if (d == '_')
                continue;
            var digit = (ulong)(char.IsAsciiDigit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
            if (value > ((ulong)long.MaxValue >> bits))
                throw c.Fail(at, $"'{token.ToString()}' does not fit in a 64-bit integer (at most 0x7fffffffffffffff)");
            value = (value << bits) | digit;
        }
        if (value > (ulong)long.MaxValue)
            throw c.Fail(at, $"'{token.ToString()}' does not fit in a 64-bit integer (at most 0x7fffffffffffffff)");
        return new TomlInteger((long)value);
    }

    private static TomlFloat Float(ParseCursor c, ReadOnlySpan<char> token, int at, ReadOnlySpan<char> body, bool negative)
    {
        var e = body.IndexOfAny('e', 'E');
        var mantissa = e >= 0 ? body[..e] : body;
        var dot = mantissa.IndexOf('.');
        var integer = dot >= 0 ? mantissa[..dot] : mantissa;
        CheckDigits(c, token, at, integer, char.IsAsciiDigit, "digits before the decimal point");
        if (integer.Length > 1 && integer[0] == '0')
            throw c.Fail(at, $"'{token.ToString()}': leading zeros are not allowed in a float");
        if (dot >= 0)
            CheckDigits(c, token, at, mantissa[(dot + 1)..], char.IsAsciiDigit, "digits after the decimal point");
        if (e >= 0)
        {
            var exponent = body[(e + 1)..];
            if (exponent.Length > 0 && exponent[0] is '+' or '-')
                exponent = exponent[1..];
            CheckDigits(c, token, at, exponent, char.IsAsciiDigit, "digits in the exponent");
        }
        Span<char> clean = body.Length <= 256 ? stackalloc char[body.Length + 1] : new char[body.Length + 1];
        var n = 0;
        if (negative)
            clean[n++] = '-';
        foreach (var ch in body)
        {
            if (ch != '_')
                clean[n++] = ch;
        }
        var value = double.Parse(clean[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
            throw c.Fail(at, $"'{token.ToString()}' is too large for a 64-bit float");
        return new TomlFloat(value);
    }

    /// <summary>Digits with single underscores between them (TOML 1.0.0: "each underscore must be surrounded by at least one digit").</summary>
    private static void CheckDigits(ParseCursor c, ReadOnlySpan<char> token, int at, ReadOnlySpan<char> digits, Func<char, bool> isDigit, string what)
    {
        if (digits.Length == 0)
            throw c.Fail(at, $"'{token.ToString()}': expected {what}");
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i];
            if (d == '_')
            {
                if (i == 0 || i == digits.Length - 1 || digits[i - 1] == '_')
                    throw c.Fail(at, $"'{token.ToString()}': an underscore must sit between two digits");
                continue;
            }
            if (!isDigit(d))
                throw c.Fail(at, $"'{token.ToString()}': '{d}' is not allowed here (expected {what})");
        }
    }
}
