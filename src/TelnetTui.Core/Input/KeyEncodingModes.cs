namespace TelnetTui.Core.Input;

/// <summary>What a key encoder needs to know about the terminal: the host's key modes (DECCKM, DECKPAM).</summary>
public readonly record struct KeyEncodingModes(bool ApplicationCursorKeys, bool ApplicationKeypad);
