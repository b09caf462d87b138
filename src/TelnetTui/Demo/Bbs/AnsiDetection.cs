namespace TelnetTui.Demo.Bbs;

/// <summary>
/// What the <c>ESC[6n</c> dance found: whether the terminal answered, where its cursor was after the
/// probe character, and so whether it decoded the probe as one UTF-8 character.
/// </summary>
internal readonly record struct AnsiDetection(bool Answered, int Row = 0, int Column = 0)
{
    /// <summary>
    /// The probe (⌂, three UTF-8 bytes) was written at column 1: a UTF-8 terminal shows one character
    /// (column 2, or 3 if it draws it wide), a CP437 or other 8-bit terminal three (column 4).
    /// Null when there was no answer.
    /// </summary>
    public bool? Utf8 => Answered ? Column <= 3 : null;

    public override string ToString() => Answered
        ? $"ANSI detected: the terminal answered ESC[6n with row {Row}, column {Column}"
        : "ANSI not detected: no answer to ESC[6n in time (showing ANSI anyway)";
}
