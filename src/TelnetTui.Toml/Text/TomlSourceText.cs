namespace TelnetTui.Toml.Text;

/// <summary>
/// The text a document or value came from, with its file name. Line starts are found only when a
/// position is first asked for, so parsing a file nobody reports on costs nothing extra.
/// </summary>
public sealed class TomlSourceText
{
    private int[]? _lineStarts;

    public TomlSourceText(string text, string? fileName)
    {
        Text = text;
        FileName = fileName;
    }

    public string Text { get; }

    public string? FileName { get; }

    /// <summary>Line and column of a UTF-16 offset (clamped to the text, so an end-of-file error points just past the last character).</summary>
    public TomlPosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = _lineStarts ??= FindLineStarts(Text);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var lineStart = starts[line];
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            // A surrogate pair is one character to the person reading the file.
            if (!char.IsLowSurrogate(Text[i]) || i == lineStart || !char.IsHighSurrogate(Text[i - 1]))
                column++;
        }
        return new TomlPosition(FileName, line + 1, column, offset);
    }

    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }
        return [.. starts];
    }
}
