namespace TelnetTui.Tui.Input;

/// <summary>The program was continued after a stop (SIGCONT): the screen must be drawn again in full.</summary>
public sealed record ResumedEvent : InputEvent;

/// <summary>The terminal went away (end of input, SIGHUP): the program should save what it must and exit.</summary>
public sealed record HangupEvent : InputEvent;
