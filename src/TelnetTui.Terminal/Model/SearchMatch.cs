namespace TelnetTui.Terminal.Model;

/// <summary>
/// Where a search found its text, in screen line numbers (negative for scrollback): from
/// (<see cref="Line"/>, <see cref="Column"/>) to (<see cref="EndLine"/>, <see cref="EndColumn"/>), both
/// cells inclusive. A match can run across a soft wrap.
/// </summary>
public readonly record struct SearchMatch(int Line, int Column, int EndLine, int EndColumn);
