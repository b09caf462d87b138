using TelnetTui.Telnet.Engine;

namespace TelnetTui.Core.Negotiation;

/// <summary>
/// The inspector's record of negotiation: the last <see cref="Capacity"/> records, oldest first, in a
/// ring so a negotiation storm costs fixed memory. <see cref="TotalRecorded"/> keeps counting, so a
/// view can tell how many it missed and number rows stably (record n has sequence number n).
/// Owned by the session's thread.
/// </summary>
public sealed class NegotiationLog
{
    public const int DefaultCapacity = 10_000;

    private readonly NegotiationRecord[] _ring;
    private int _start;

    public NegotiationLog(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new NegotiationRecord[capacity];
    }

    public int Capacity => _ring.Length;

    /// <summary>Records held (at most <see cref="Capacity"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Records ever added; the oldest held is number <see cref="FirstSequence"/>.</summary>
    public long TotalRecorded { get; private set; }

    /// <summary>Sequence number of the oldest record held (0-based).</summary>
    public long FirstSequence => TotalRecorded - Count;

    /// <summary>The <paramref name="index"/>-th record held, oldest first.</summary>
    public NegotiationRecord this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _ring[(_start + index) % _ring.Length];
        }
    }

    public void Add(NegotiationRecord record)
    {
        if (Count < _ring.Length)
        {
            _ring[(_start + Count) % _ring.Length] = record;
            Count++;
        }
        else
        {
            _ring[_start] = record;
            _start = (_start + 1) % _ring.Length;
        }
        TotalRecorded++;
    }

    public void Clear()
    {
        Array.Clear(_ring);
        _start = 0;
        Count = 0;
    }

    /// <summary>The records held, oldest first (a copy).</summary>
    public NegotiationRecord[] ToArray()
    {
        var copy = new NegotiationRecord[Count];
        for (var i = 0; i < Count; i++)
            copy[i] = this[i];
        return copy;
    }
}
