using System.Text;

namespace TelnetTui.Toml.Editing;

/// <summary>Replace <see cref="Length"/> characters at <see cref="Start"/> with <see cref="NewText"/>.</summary>
internal readonly record struct TextEdit(int Start, int Length, string NewText)
{
    public static TextEdit Insert(int at, string text) => new(at, 0, text);

    public static TextEdit Delete(int start, int end) => new(start, end - start, "");

    /// <summary>Applies non-overlapping edits; everything between them is copied unchanged.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Start).ThenBy(e => e.Length).ToList();
        var sb = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var e in ordered)
        {
            if (e.Start < at)
                throw new InvalidOperationException("overlapping edits");
            sb.Append(text, at, e.Start - at).Append(e.NewText);
            at = e.Start + e.Length;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }
}
