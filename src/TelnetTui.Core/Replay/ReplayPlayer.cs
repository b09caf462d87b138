using TelnetTui.Core.Capture;
using TelnetTui.Terminal;

namespace TelnetTui.Core.Replay;

/// <summary>
/// Plays a capture back onto a terminal, for the interactive replay: a position in the recording that
/// advances with the clock times <see cref="Speed"/> unless paused, seeking to any time (backwards
/// redraws from the start), jumping to the next prompt, and the end. Pure: time comes from the
/// <see cref="TimeProvider"/> given (a fake in tests) and nothing happens between calls.
/// </summary>
public sealed class ReplayPlayer
{
    public const double MinSpeed = 1.0 / 16;
    public const double MaxSpeed = 256;

    private readonly CaptureRecording _recording;
    private readonly ReplayOptions? _options;
    private readonly TimeProvider _clock;
    private long _lastTick;
    private int _next;
    private double _speed = 1;

    public ReplayPlayer(CaptureRecording recording, TimeProvider? clock = null, ReplayOptions? options = null)
    {
        _recording = recording;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _lastTick = _clock.GetTimestamp();
        Screen = new ReplayScreen(recording.Meta, options);
    }

    /// <summary>The screen as of <see cref="Position"/> (a new terminal after a backward seek).</summary>
    public ReplayScreen Screen { get; private set; }

    public VirtualTerminal Terminal => Screen.Terminal;

    public CaptureMeta Meta => _recording.Meta;

    public TimeSpan Duration => _recording.Duration;

    /// <summary>How far the replay has got.</summary>
    public TimeSpan Position { get; private set; }

    public bool IsPaused { get; private set; }

    public bool AtEnd => _next >= _recording.Records.Count;

    /// <summary>Playback speed: 1 is real time (clamped to <see cref="MinSpeed"/>..<see cref="MaxSpeed"/>).</summary>
    public double Speed
    {
        get => _speed;
        set => _speed = Math.Clamp(value, MinSpeed, MaxSpeed);
    }

    /// <summary>Records applied so far.</summary>
    public int RecordsApplied => _next;

    /// <summary>Moves on by the time the clock says passed since the last call (times <see cref="Speed"/>); nothing while paused.</summary>
    public void Tick()
    {
        var now = _clock.GetTimestamp();
        var elapsed = _clock.GetElapsedTime(_lastTick, now);
        _lastTick = now;
        if (!IsPaused)
            Advance(TimeSpan.FromTicks((long)(elapsed.Ticks * _speed)));
    }

    /// <summary>Moves the position on by <paramref name="recordingTime"/> and draws what happened in between.</summary>
    public void Advance(TimeSpan recordingTime) => Seek(Position + (recordingTime > TimeSpan.Zero ? recordingTime : TimeSpan.Zero));

    public void Pause() => IsPaused = true;

    public void Play()
    {
        IsPaused = false;
        _lastTick = _clock.GetTimestamp();
    }

    public void TogglePause()
    {
        if (IsPaused)
            Play();
        else
            Pause();
    }

    /// <summary>Shows the screen as it was at <paramref name="position"/> (clamped to 0..<see cref="Duration"/>).</summary>
    public void Seek(TimeSpan position)
    {
        if (position < TimeSpan.Zero)
            position = TimeSpan.Zero;
        if (position > Duration)
            position = Duration;
        if (position < Position)
        {
            Screen = new ReplayScreen(_recording.Meta, _options);
            _next = 0;
        }
        var records = _recording.Records;
        while (_next < records.Count && records[_next].Time <= position)
            Screen.Apply(records[_next++]);
        Position = position;
    }

    public void SeekToEnd() => Seek(Duration);

    /// <summary>Jumps to just after the next prompt; false (and no move) when there is none.</summary>
    public bool JumpToNextPrompt()
    {
        var records = _recording.Records;
        for (var i = _next; i < records.Count; i++)
        {
            if (records[i].Kind == CaptureRecordKind.Prompt)
            {
                while (_next <= i)
                    Screen.Apply(records[_next++]);
                Position = records[i].Time;
                return true;
            }
        }
        return false;
    }
}
