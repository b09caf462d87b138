using TelnetTui.Tui.Input;
using TelnetTui.Tui.Text;

namespace TelnetTui.Tui.Widgets;

/// <summary>
/// The editing model of a one-line input: text, a cursor on grapheme boundaries, and the readline/Emacs
/// keys alongside the arrow keys — Ctrl+A/E home/end, Ctrl+B/F and Alt+B/F (Ctrl+←/→) by character and
/// word, Ctrl+D/Delete and Ctrl+H/Backspace, Ctrl+K/U kill to end/start, Ctrl+W and Alt+Backspace kill the
/// word before, Alt+D the word after, Ctrl+Y yanks the last kill.
/// </summary>
public sealed class LineEditor
{
    /// <summary>Longest line kept; typing or pasting beyond it is cut off.</summary>
    public const int DefaultMaxLength = 4096;

    private string _killed = "";

    public string Text { get; private set; } = "";
    public int Cursor { get; private set; }
    public int MaxLength { get; set; } = DefaultMaxLength;

    public void SetText(string text)
    {
        Text = Cap(TextNavigation.SingleLine(text));
        Cursor = Text.Length;
    }

    public void Clear() => SetText("");

    public void Insert(string text)
    {
        text = TextNavigation.SingleLine(text);
        var room = MaxLength - Text.Length;
        if (room <= 0)
            return;
        if (text.Length > room)
            text = text[..TextFit.PrefixLengthChars(text, room)];
        Text = Text.Insert(Cursor, text);
        Cursor += text.Length;
    }

    private string Cap(string text) => text.Length <= MaxLength ? text : text[..TextFit.PrefixLengthChars(text, MaxLength)];

    /// <summary>Puts the cursor at the grapheme boundary at or before <paramref name="index"/>.</summary>
    public void MoveTo(int index)
    {
        var i = 0;
        while (i < Text.Length)
        {
            var next = TextNavigation.NextBoundary(Text, i);
            if (next > index)
                break;
            i = next;
        }
        Cursor = i;
    }

    public void MoveLeft() => Cursor = TextNavigation.PreviousBoundary(Text, Cursor);
    public void MoveRight() => Cursor = TextNavigation.NextBoundary(Text, Cursor);
    public void MoveHome() => Cursor = 0;
    public void MoveEnd() => Cursor = Text.Length;
    public void WordLeft() => Cursor = TextNavigation.WordLeft(Text, Cursor);
    public void WordRight() => Cursor = TextNavigation.WordRight(Text, Cursor);

    public void Backspace()
    {
        var start = TextNavigation.PreviousBoundary(Text, Cursor);
        Text = Text.Remove(start, Cursor - start);
        Cursor = start;
    }

    public void Delete()
    {
        var end = TextNavigation.NextBoundary(Text, Cursor);
        Text = Text.Remove(Cursor, end - Cursor);
    }

    public void KillToEnd() => Kill(Cursor, Text.Length);
    public void KillToStart() => Kill(0, Cursor);
    public void KillWordBack() => Kill(TextNavigation.WordLeft(Text, Cursor), Cursor);
    public void KillWordForward() => Kill(Cursor, TextNavigation.WordRight(Text, Cursor));

    private void Kill(int start, int end)
    {
        if (end <= start)
            return;
        _killed = Text[start..end];
        Text = Text.Remove(start, end - start);
        Cursor = start;
    }

    public void Yank() => Insert(_killed);

    /// <summary>Applies an editing key; false for keys that are not editing keys (Enter, Up, Tab...).</summary>
    public bool HandleKey(KeyEvent e)
    {
        var m = e.Modifiers;
        if (e.IsText)
        {
            Insert(e.Rune.ToString());
            return true;
        }
        switch (e.Key)
        {
            case Key.Left when m == KeyModifiers.None: MoveLeft(); return true;
            case Key.Right when m == KeyModifiers.None: MoveRight(); return true;
            case Key.Left when m is KeyModifiers.Ctrl or KeyModifiers.Alt: WordLeft(); return true;
            case Key.Right when m is KeyModifiers.Ctrl or KeyModifiers.Alt: WordRight(); return true;
            case Key.Home: MoveHome(); return true;
            case Key.End: MoveEnd(); return true;
            case Key.Backspace when m == KeyModifiers.None: Backspace(); return true;
            case Key.Backspace when m is KeyModifiers.Alt or KeyModifiers.Ctrl: KillWordBack(); return true;
            case Key.Delete when m == KeyModifiers.None: Delete(); return true;
            case Key.Delete when m == KeyModifiers.Ctrl: KillWordForward(); return true;
        }
        if (e.Key != Key.Char)
            return false;
        switch (m, e.Rune.Value)
        {
            case (KeyModifiers.Ctrl, 'a'): MoveHome(); return true;
            case (KeyModifiers.Ctrl, 'e'): MoveEnd(); return true;
            case (KeyModifiers.Ctrl, 'b'): MoveLeft(); return true;
            case (KeyModifiers.Ctrl, 'f'): MoveRight(); return true;
            case (KeyModifiers.Ctrl, 'd'): Delete(); return true;
            case (KeyModifiers.Ctrl, 'h'): Backspace(); return true;
            case (KeyModifiers.Ctrl, 'k'): KillToEnd(); return true;
            case (KeyModifiers.Ctrl, 'u'): KillToStart(); return true;
            case (KeyModifiers.Ctrl, 'w'): KillWordBack(); return true;
            case (KeyModifiers.Ctrl, 'y'): Yank(); return true;
            case (KeyModifiers.Alt, 'b'): WordLeft(); return true;
            case (KeyModifiers.Alt, 'f'): WordRight(); return true;
            case (KeyModifiers.Alt, 'd'): KillWordForward(); return true;
        }
        return false;
    }
}
