namespace TelnetTui.Tui.App;

/// <summary>Runs an action on the UI thread (posted by <see cref="Application.Invoke"/>).</summary>
public sealed record InvokeMessage(Action Action) : Message;

/// <summary>A timer created by <see cref="Application.AddTimer"/> fired.</summary>
public sealed record TimerMessage(TimerRegistration Timer) : Message;
