using TelnetTui.Core.Display;
using TelnetTui.Core.Input;
using TelnetTui.Core.Lines;

namespace TelnetTui.Core.Sessions;

/// <summary>
/// Line filtering (gag and highlight triggers). While a <see cref="LineFilter"/> is set and the session is
/// in line mode, the host's text is not drawn as it is decoded but held until its line is complete (LF);
/// the filter then decides, and the line is drawn as received, coloured, or not at all. The unfinished
/// line (a prompt without GA, the first half of a line cut by a read) is drawn once it has waited
/// <see cref="SessionOptions.PartialLineHold"/>, or at once when a prompt mark, local text or a mode change
/// comes; a line that was partly drawn that way is no longer filtered. Without a filter (or in character
/// mode) nothing is held and the receive path is the usual one.
/// </summary>
public sealed partial class Session
{
    private readonly HeldLine _held = new();
    private HighlightPainter? _painter;
    private ILineFilter? _lineFilter;
    private ITimer? _holdTimer;
    private bool _holdArmed;
    private bool _heldOverflow;
    private bool _deciding;

    /// <summary>Decides about complete lines before they are drawn (line mode); null draws everything as it comes.</summary>
    public ILineFilter? LineFilter
    {
        get => _lineFilter;
        set
        {
            _lineFilter = value;
            if (value is null)
                FlushHeld();
            else if (!_held.HasUndrawn)
                _heldOverflow = !_lines.PendingRaw.IsEmpty; // a line already on its way is drawn unfiltered
        }
    }

    /// <summary>True while complete lines go through <see cref="LineFilter"/> before they are drawn.</summary>
    public bool IsFilteringLines => _lineFilter is { Holds: true } && ModeState.Mode == InputMode.Line;

    /// <summary>Text of the line in progress that is held back from the terminal (tests; the UI need not care).</summary>
    public int HeldChars => _held.Length - _held.Drawn;

    /// <summary>A decoded piece (ending at LF or at the end of a chunk) while filtering: hold it, or draw it when the line is too long to hold.</summary>
    private void HoldText(ReadOnlySpan<char> piece)
    {
        if (_heldOverflow)
        {
            Terminal.Feed(piece);
            return;
        }
        if (!_held.TryAppend(piece))
        {
            FlushHeld();
            Terminal.Feed(piece);
            _heldOverflow = true;
        }
    }

    /// <summary>A complete line while filtering: ask the filter, then draw what it decided.</summary>
    private void FilterLine(ReadOnlySpan<char> text, ReadOnlySpan<char> raw)
    {
        LineVerdict verdict;
        // Local text written while the filter decides (a trigger's echo or send) goes above the line.
        _deciding = true;
        try
        {
            verdict = _lineFilter!.Filter(text, raw);
        }
        finally
        {
            _deciding = false;
        }
        if (_heldOverflow || _held.PartlyDrawn)
        {
            // Part of the line is on screen already: it can no longer be hidden or coloured as a whole.
            if (!_heldOverflow)
                Terminal.Feed(_held.Undrawn);
        }
        else if (verdict.Gag)
        {
            // Not drawn at all.
        }
        else if (verdict.Colours is { Count: > 0 } colours)
            (_painter ??= new HighlightPainter(_feed, _local)).Draw(_held.Text, colours);
        else
            Terminal.Feed(_held.Text);
        _held.Clear();
        _heldOverflow = false;
    }

    /// <summary>Draws whatever of the line in progress is held (it stays the line in progress, now partly drawn).</summary>
    private void FlushHeld()
    {
        if (_held.HasUndrawn && !_deciding)
        {
            Terminal.Feed(_held.Undrawn);
            _held.MarkDrawn();
        }
    }

    /// <summary>After a read: a held unfinished line is drawn after the hold delay unless its line completes first.</summary>
    private void ArmHold()
    {
        if (!_held.HasUndrawn || _holdArmed)
            return;
        if (_options.PartialLineHold <= TimeSpan.Zero)
        {
            FlushHeld();
            return;
        }
        _holdArmed = true;
        _holdTimer ??= _clock.CreateTimer(_ => Post(new TimerFired(this, Volatile.Read(ref _generation), SessionTimerKind.HeldLine)),
            null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _holdTimer.Change(_options.PartialLineHold, Timeout.InfiniteTimeSpan);
    }

    private void HoldElapsed()
    {
        _holdArmed = false;
        FlushHeld();
    }

    /// <summary>A new connection: nothing held, no hold pending.</summary>
    private void ResetHold()
    {
        FlushHeld();
        _held.Clear();
        _heldOverflow = false;
        _holdArmed = false;
    }
}
