namespace TelnetTui.Tui.Input;

/// <summary>
/// DECRPM, the answer to DECRQM (CSI ? Pd $ p): mode <see cref="Mode"/> is 0 not recognized, 1 set,
/// 2 reset, 3 permanently set, 4 permanently reset. Mode 2026 answered 1 or 2 means synchronized output works.
/// </summary>
public sealed record ModeReportEvent(int Mode, int Value, bool Private = true) : InputEvent
{
    public bool IsSupported => Value is 1 or 2 or 3;
}

/// <summary>Primary device attributes (CSI ? Ps ; ... c): the terminal's answer to DA1.</summary>
public sealed record DeviceAttributesEvent(IReadOnlyList<int> Attributes) : InputEvent
{
    public bool Equals(DeviceAttributesEvent? other) => other is not null && Attributes.SequenceEqual(other.Attributes);
    public override int GetHashCode() => Attributes.Count;
}

/// <summary>The kitty keyboard protocol flags in force (CSI ? flags u), the answer to CSI ? u.</summary>
public sealed record KittyKeyboardFlagsEvent(int Flags) : InputEvent;

/// <summary>Cursor position report (CSI row ; col R), zero-based.</summary>
public sealed record CursorPositionEvent(int X, int Y) : InputEvent;

/// <summary>A well-formed sequence this decoder has no meaning for; kept so nothing is silently lost.</summary>
public sealed record UnknownSequenceEvent(string Sequence) : InputEvent;
