namespace TelnetTui.Fuzz;

/// <summary>
/// Seeded inputs for one target: dictionary tokens, random bytes and repeats, then a few mutations
/// (bit flips, inserted, deleted and overwritten bytes, a truncation). Lengths are skewed short so most
/// iterations are cheap, up to <see cref="MaxLength"/>. Cut offsets: none, a few, or every byte.
/// </summary>
public sealed class InputGenerator(IReadOnlyList<byte[]> dictionary, int maxLength)
{
    /// <summary>The default longest input: big enough for long sequences, small enough for many iterations a second.</summary>
    public const int DefaultMaxLength = 16 * 1024;

    public int MaxLength { get; } = maxLength;

    public byte[] Next(Random rng)
    {
        var target = Math.Min(MaxLength, 1 << rng.Next(0, 1 + (int)Math.Log2(MaxLength)));
        target = rng.Next(1, target + 1);
        var buffer = new List<byte>(target + 64);
        while (buffer.Count < target)
        {
            var pick = rng.Next(100);
            if (pick < 60 && dictionary.Count > 0)
                buffer.AddRange(dictionary[rng.Next(dictionary.Count)]);
            else if (pick < 80)
            {
                var n = rng.Next(1, 17);
                for (var i = 0; i < n; i++)
                    buffer.Add((byte)rng.Next(256));
            }
            else if (pick < 90)
                AddDigits(rng, buffer);
            else if (buffer.Count > 0)
            {
                // Repeat a piece of what is there (long runs, deep nesting).
                var from = rng.Next(buffer.Count);
                var length = Math.Min(buffer.Count - from, rng.Next(1, 64));
                var times = rng.Next(1, 1 + Math.Max(1, (target - buffer.Count) / Math.Max(1, length)));
                var piece = buffer.GetRange(from, length);
                for (var t = 0; t < times && buffer.Count < target; t++)
                    buffer.AddRange(piece);
            }
        }
        Mutate(rng, buffer);
        if (buffer.Count > MaxLength)
            buffer.RemoveRange(MaxLength, buffer.Count - MaxLength);
        return [.. buffer];
    }

    /// <summary>Cut offsets: a third of inputs whole, most cut a few times, some at every byte.</summary>
    public static int[] Cuts(Random rng, int length)
    {
        if (length < 2)
            return [];
        var mode = rng.Next(10);
        if (mode < 3)
            return [];
        if (mode == 9 && length <= 4096)
            return [.. Enumerable.Range(1, length - 1)];
        var count = rng.Next(1, Math.Min(length, 32));
        var cuts = new SortedSet<int>();
        for (var i = 0; i < count; i++)
            cuts.Add(rng.Next(1, length));
        return [.. cuts];
    }

    private static void AddDigits(Random rng, List<byte> buffer)
    {
        // Numbers around the interesting edges: 0, 1, 255/256, 65535, int overflow, very long digit runs.
        string[] numbers = ["0", "1", "2", "9", "255", "256", "999", "65535", "65536", "2147483647", "2147483648", "4294967296", "99999999999999999999"];
        var text = rng.Next(4) == 0 ? new string('9', rng.Next(1, 400)) : numbers[rng.Next(numbers.Length)];
        foreach (var c in text)
            buffer.Add((byte)c);
        if (rng.Next(2) == 0)
            buffer.Add((byte)(rng.Next(2) == 0 ? ';' : ':'));
    }

    private static void Mutate(Random rng, List<byte> buffer)
    {
        var mutations = rng.Next(0, 5);
        for (var m = 0; m < mutations && buffer.Count > 0; m++)
        {
            var at = rng.Next(buffer.Count);
            switch (rng.Next(5))
            {
                case 0: buffer[at] ^= (byte)(1 << rng.Next(8)); break;
                case 1: buffer.Insert(at, (byte)rng.Next(256)); break;
                case 2: buffer.RemoveAt(at); break;
                case 3: buffer[at] = (byte)rng.Next(256); break;
                case 4: buffer.RemoveRange(at, buffer.Count - at); break;
            }
        }
        if (buffer.Count == 0)
            buffer.Add((byte)rng.Next(256));
    }
}
