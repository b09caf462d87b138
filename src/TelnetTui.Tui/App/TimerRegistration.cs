namespace TelnetTui.Tui.App;

/// <summary>
/// A timer whose ticks run on the UI thread. The callback returns true when it changed what is shown.
/// A tick is posted only when the previous one was handled, so a slow UI never piles ticks up.
/// </summary>
public sealed class TimerRegistration : IDisposable
{
    private readonly ITimer _timer;
    private readonly Action<Message> _post;
    private int _queued;

    internal TimerRegistration(TimeProvider clock, TimeSpan due, TimeSpan period, Func<bool> callback, Action<Message> post)
    {
        Callback = callback;
        _post = post;
        _timer = clock.CreateTimer(_ => Fire(), null, due, period);
    }

    internal Func<bool> Callback { get; }
    public bool IsDisposed { get; private set; }

    private void Fire()
    {
        if (IsDisposed || Interlocked.Exchange(ref _queued, 1) == 1)
            return;
        _post(new TimerMessage(this));
    }

    internal bool Run()
    {
        Interlocked.Exchange(ref _queued, 0);
        return !IsDisposed && Callback();
    }

    public void Dispose()
    {
        IsDisposed = true;
        _timer.Dispose();
    }
}
