using System.Threading.Channels;
using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Telnet.Engine;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Core.Sessions;

/// <summary>The life cycle: connect, the owner's messages, close reasons, auto-reconnect, timers.</summary>
public sealed partial class Session
{
    /// <summary>Starts connecting (returns at once; progress arrives as messages). Does nothing while connecting or connected.</summary>
    public void Connect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (State is SessionState.Connecting or SessionState.Negotiating or SessionState.Online)
            return;
        CancelReconnectTimer();
        Reconnect = null;
        _reconnectAttempt = 0;
        StartConnecting();
    }

    /// <summary>The user's disconnect: a clean close (queued data is sent first), no auto-reconnect.</summary>
    public void Disconnect()
    {
        if (State is SessionState.Idle or SessionState.Closed)
            return;
        _connectCancel?.Cancel();
        CancelReconnectTimer();
        Reconnect = null;
        EndConnection(FaultClassifier.ClosedByUser(), graceful: true, allowReconnect: false);
    }

    /// <summary>
    /// Applies one message from the owner's channel. Messages from connections that have ended are
    /// dropped. An error in handling the host's data ends the session with <see cref="CloseKind.ClientError"/>
    /// instead of escaping.
    /// </summary>
    public void ProcessIncoming(SessionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Session != this)
            throw new ArgumentException("the message belongs to another session", nameof(input));
        if (_disposed || input.Connection != _generation)
        {
            input.Discard();
            return;
        }
        switch (input)
        {
            case ReceivedChunk chunk:
                ReceiveChunk(chunk);
                break;
            case ReceiveResumed:
                ContinueReceiving();
                break;
            case ConnectCompleted completed:
                Connected(completed);
                break;
            case ConnectionEnded ended when _connection is not null:
                if (HasReceiveBacklog)
                    _pendingEnd = ended; // the host's last bytes are shown before it is gone
                else
                    ConnectionLost(ended);
                break;
            case TimerFired timer:
                TimerElapsed(timer.Kind);
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        Disconnect();
        _disposed = true;
        _settleTimer?.Dispose();
        _housekeepingTimer?.Dispose();
        _holdTimer?.Dispose();
        CancelReconnectTimer();
        _connectCancel?.Dispose();
        await Task.WhenAll(_closing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _recorder.Dispose();
    }

    /// <summary>Waits for connections that are closing in the background (tests; shutdown).</summary>
    public Task WhenClosedAsync() => Task.WhenAll(_closing.ToArray());

    private void StartConnecting()
    {
        var generation = ++_generation;
        ConnectedAt = null;
        if (Endpoint.UseTls == false && _options.Host.Tls)
        {
            SetClosed(FaultClassifier.TlsRequired(Endpoint));
            return;
        }
        SetState(SessionState.Connecting, null);
        _connectCancel?.Dispose();
        _connectCancel = new CancellationTokenSource();
        var token = _connectCancel.Token;
        var connector = _options.Connector;
        var endpoint = Endpoint;
        _ = Task.Run(async () =>
        {
            ISessionTransport? transport = null;
            Exception? error = null;
            try
            {
                transport = await connector.ConnectAsync(endpoint, token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                error = e;
            }
            Post(new ConnectCompleted(this, generation, transport, error));
        }, CancellationToken.None);
    }

    private void Connected(ConnectCompleted completed)
    {
        if (State != SessionState.Connecting)
        {
            completed.Discard();
            return;
        }
        if (completed.Error is not null || completed.Transport is null)
        {
            var reason = FaultClassifier.ConnectFailed(completed.Error ?? new InvalidOperationException("no transport"), Endpoint);
            EndConnection(reason, graceful: false, allowReconnect: true);
            return;
        }
        var size = NawsSize;
        var settings = TelnetSettingsMapper.Create(_options.Settings, Host, size.Columns, size.Rows, _feed.Encoding);
        var engine = new TelnetEngine(settings, _clock);
        HookEngine(engine);
        _connection = new SessionConnection(this, _generation, completed.Transport, engine, _inbox);
        ResetHold();
        _lines.Reset();
        _feed.ResetDecoder();
        ConnectedAt = _clock.GetUtcNow();
        _lastNegotiation = _clock.GetTimestamp();
        SetState(SessionState.Negotiating, null);
        _recorder.Event($"connected to {Endpoint.Display}{(IsSecure ? " (TLS)" : "")}");
        RecordInBook();
        UpdateMode();
        _connection.Start();
        _settleTimer?.Dispose();
        _settleTimer = StartTimer(SessionTimerKind.NegotiationSettle, _options.NegotiationQuietPeriod);
        EnsureHousekeeping();
    }

    private void ConnectionLost(ConnectionEnded ended) =>
        EndConnection(ended.Error is null ? FaultClassifier.ClosedByHost(Endpoint) : FaultClassifier.ConnectionLost(ended.Error, Endpoint),
            graceful: ended.Error is null, allowReconnect: true);

    private void EndConnection(CloseReason reason, bool graceful, bool allowReconnect)
    {
        DropReceiveBacklog();
        var wasConnected = _connection is not null;
        if (_connection is { } connection)
        {
            _connection = null;
            _closing.RemoveAll(t => t.IsCompleted);
            _closing.Add(connection.CloseAsync(graceful));
        }
        _generation++; // messages still in flight from the old connection are dropped
        _settleTimer?.Dispose();
        _settleTimer = null;
        _recorder.Event(reason.Message);
        if (wasConnected || reason.Kind != CloseKind.ClosedByUser)
            ShowNotice(reason.Message);
        var auto = Host.AutoReconnect;
        if (allowReconnect && auto.Enabled && reason.AllowsReconnect && (wasConnected || _reconnectAttempt > 0))
        {
            if (auto.MaxAttempts == 0 || _reconnectAttempt < auto.MaxAttempts)
            {
                ScheduleReconnect(reason, auto);
                return;
            }
            reason = reason with { Message = $"{reason.Message}; gave up after {_reconnectAttempt} reconnect attempt(s)" };
        }
        Reconnect = null;
        SetClosed(reason);
    }

    private void ScheduleReconnect(CloseReason reason, AutoReconnect auto)
    {
        var attempt = ++_reconnectAttempt;
        var delay = auto.DelayBefore(attempt);
        Reconnect = new ReconnectPlan(attempt, auto.MaxAttempts, delay, _clock.GetUtcNow() + delay);
        CloseReason = reason;
        ShowNotice(Reconnect.ToString());
        CancelReconnectTimer();
        _reconnectTimer = StartTimer(SessionTimerKind.Reconnect, delay);
        SetState(SessionState.WaitingToReconnect, reason);
    }

    private void TimerElapsed(SessionTimerKind kind)
    {
        switch (kind)
        {
            case SessionTimerKind.Reconnect when State == SessionState.WaitingToReconnect:
                CancelReconnectTimer();
                Reconnect = null;
                StartConnecting();
                break;
            case SessionTimerKind.NegotiationSettle when State == SessionState.Negotiating:
                var quiet = _clock.GetElapsedTime(_lastNegotiation);
                if (quiet >= _options.NegotiationQuietPeriod)
                    GoOnline();
                else
                {
                    _settleTimer?.Dispose();
                    _settleTimer = StartTimer(SessionTimerKind.NegotiationSettle, _options.NegotiationQuietPeriod - quiet);
                }
                break;
            case SessionTimerKind.Housekeeping:
                _recorder.FlushPending();
                break;
            case SessionTimerKind.HeldLine:
                HoldElapsed();
                break;
        }
    }

    private void GoOnline()
    {
        if (State != SessionState.Negotiating)
            return;
        _settleTimer?.Dispose();
        _settleTimer = null;
        _reconnectAttempt = 0;
        SetState(SessionState.Online, null);
    }

    private void SetClosed(CloseReason reason)
    {
        CloseReason = reason;
        SetState(SessionState.Closed, reason);
    }

    private void SetState(SessionState state, CloseReason? reason)
    {
        if (state == State && reason is null)
            return;
        var previous = State;
        State = state;
        if (reason is not null)
            CloseReason = reason;
        StateChanged?.Invoke(new SessionStateChange(previous, state, reason));
    }

    private void RecordInBook()
    {
        if (_options.Book is not { } book || book.Find(Host.Id) is null)
            return;
        try
        {
            var updated = book.RecordConnection(Host.Id, _clock.GetUtcNow());
            Host = Host with { LastConnected = updated.LastConnected, TimesConnected = updated.TimesConnected };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConfigFileException or KeyNotFoundException or InvalidHostEntryException)
        {
            RaiseNotice($"the connection book was not updated: {e.Message}");
        }
    }

    private ITimer StartTimer(SessionTimerKind kind, TimeSpan due)
    {
        var generation = _generation;
        return _clock.CreateTimer(_ => Post(new TimerFired(this, generation, kind)), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void CancelReconnectTimer()
    {
        _reconnectTimer?.Dispose();
        _reconnectTimer = null;
    }

    /// <summary>Posts from background work: waits for room rather than drop (only housekeeping may be dropped).</summary>
    private void Post(SessionInput message)
    {
        if (_inbox.TryWrite(message))
            return;
        _ = PostSlowAsync(message);
    }

    private async Task PostSlowAsync(SessionInput message)
    {
        try
        {
            await _inbox.WriteAsync(message).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            message.Discard();
        }
    }

    /// <summary>Once a second a message flushes logs and captures, so a quiet host still has them on disk within the second.</summary>
    private void EnsureHousekeeping() =>
        _housekeepingTimer ??= _clock.CreateTimer(_ => PostHousekeeping(), null, HousekeepingInterval, HousekeepingInterval);

    private void PostHousekeeping() => _inbox.TryWrite(new TimerFired(this, _generation, SessionTimerKind.Housekeeping));

    private void RaiseNotice(string text) => Notice?.Invoke(text);

    private WindowSize ScreenSizeFor(WindowSize pane) =>
        Host.NawsSize is { } pin ? new WindowSize(ClampColumns(pin.Columns), ClampRows(pin.Rows)) : pane;

    private static int ClampColumns(int columns) => Math.Clamp(columns, 1, Screen.MaxColumns);

    private static int ClampRows(int rows) => Math.Clamp(rows, 1, Screen.MaxRows);
}
