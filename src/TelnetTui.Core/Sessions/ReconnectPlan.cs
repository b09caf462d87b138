namespace TelnetTui.Core.Sessions;

/// <summary>The next automatic reconnect: try number <see cref="Attempt"/> (of <see cref="MaxAttempts"/>, 0 = no limit) at <see cref="Due"/>.</summary>
public sealed record ReconnectPlan(int Attempt, int MaxAttempts, TimeSpan Delay, DateTimeOffset Due)
{
    public override string ToString() => MaxAttempts > 0
        ? $"reconnecting in {Delay.TotalSeconds:0.#} s (attempt {Attempt} of {MaxAttempts})"
        : $"reconnecting in {Delay.TotalSeconds:0.#} s (attempt {Attempt})";
}
