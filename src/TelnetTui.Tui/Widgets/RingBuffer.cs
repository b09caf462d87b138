namespace TelnetTui.Tui.Widgets;

/// <summary>
/// A fixed-capacity log: adding to a full buffer drops the oldest item. Items also have a sequence number
/// (0 for the first ever added) that stays valid as the buffer turns, so views can hold on to a row.
/// </summary>
public sealed class RingBuffer<T>
{
    private readonly T[] _items;
    private int _start;

    public RingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new T[capacity];
    }

    public int Capacity => _items.Length;
    public int Count { get; private set; }

    /// <summary>Items ever added; the next item gets this sequence number.</summary>
    public long TotalAdded { get; private set; }

    /// <summary>Sequence number of the oldest item kept.</summary>
    public long FirstSequence => TotalAdded - Count;

    public void Add(T item)
    {
        if (Count < _items.Length)
        {
            _items[(_start + Count) % _items.Length] = item;
            Count++;
        }
        else
        {
            _items[_start] = item;
            _start = (_start + 1) % _items.Length;
        }
        TotalAdded++;
    }

    /// <summary>The item <paramref name="index"/> places after the oldest.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            return _items[(_start + index) % _items.Length];
        }
    }

    public bool TryGetBySequence(long sequence, out T item)
    {
        var index = sequence - FirstSequence;
        if (index < 0 || index >= Count)
        {
            item = default!;
            return false;
        }
        item = this[(int)index];
        return true;
    }

    public void Clear()
    {
        Array.Clear(_items);
        _start = 0;
        Count = 0;
    }
}
