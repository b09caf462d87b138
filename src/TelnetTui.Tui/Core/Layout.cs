namespace TelnetTui.Tui;

/// <summary>Which way <see cref="Layout"/> splits: side by side or one above the other.</summary>
public enum Direction : byte
{
    Horizontal,
    Vertical,
}

/// <summary>
/// Splits a rectangle into segments by constraints. Fixed sizes (length, percentage, min) are placed first;
/// when they do not fit, the last segments give way first (so a left or top pane keeps its size as the
/// window shrinks); what is left over goes to fill and min segments by weight, the remainder of the
/// division going to the earliest ones. With no fill or min segment the leftover stays empty at the end.
/// </summary>
public static class Layout
{
    /// <summary>Most segments one split takes (sizes are computed on the stack).</summary>
    public const int MaxSegments = 64;

    public static Rect[] Split(Rect area, Direction direction, params ReadOnlySpan<Constraint> constraints) =>
        Split(area, direction, 0, constraints);

    public static Rect[] Split(Rect area, Direction direction, int spacing, params ReadOnlySpan<Constraint> constraints)
    {
        var result = new Rect[constraints.Length];
        Split(area, direction, spacing, constraints, result);
        return result;
    }

    /// <summary>Allocation-free form: writes one rectangle per constraint into <paramref name="result"/>.</summary>
    public static void Split(Rect area, Direction direction, int spacing, ReadOnlySpan<Constraint> constraints, Span<Rect> result)
    {
        var n = constraints.Length;
        if (n == 0)
            return;
        if (n > MaxSegments)
            throw new ArgumentException($"a layout takes at most {MaxSegments} segments", nameof(constraints));
        if (result.Length < n)
            throw new ArgumentException("result is shorter than constraints", nameof(result));
        spacing = Math.Max(0, spacing);
        var total = direction == Direction.Horizontal ? area.Width : area.Height;
        var gaps = Math.Min(total, spacing * (n - 1));
        var space = total - gaps;
        Span<int> sizes = stackalloc int[n];
        var used = 0;
        var weights = 0;
        for (var i = 0; i < n; i++)
        {
            var c = constraints[i];
            sizes[i] = c.Kind switch
            {
                ConstraintKind.Length => c.Value,
                ConstraintKind.Percentage => (int)((long)space * c.Value / 100),
                ConstraintKind.Min => c.Value,
                _ => 0,
            };
            used += sizes[i];
            if (c.Kind is ConstraintKind.Fill or ConstraintKind.Min)
                weights += c.Kind == ConstraintKind.Fill ? c.Value : 1;
        }
        if (used > space)
        {
            var excess = used - space;
            for (var i = n - 1; i >= 0 && excess > 0; i--)
            {
                var cut = Math.Min(sizes[i], excess);
                sizes[i] -= cut;
                excess -= cut;
            }
        }
        else if (weights > 0)
        {
            var leftover = space - used;
            var given = 0;
            for (var i = 0; i < n; i++)
            {
                var c = constraints[i];
                if (c.Kind is not (ConstraintKind.Fill or ConstraintKind.Min))
                    continue;
                var weight = c.Kind == ConstraintKind.Fill ? c.Value : 1;
                var share = (int)((long)leftover * weight / weights);
                sizes[i] += share;
                given += share;
            }
            for (var i = 0; i < n && given < leftover; i++)
            {
                if (constraints[i].Kind is ConstraintKind.Fill or ConstraintKind.Min)
                {
                    sizes[i]++;
                    given++;
                }
            }
        }
        var position = direction == Direction.Horizontal ? area.X : area.Y;
        var gapLeft = gaps;
        for (var i = 0; i < n; i++)
        {
            result[i] = direction == Direction.Horizontal
                ? new Rect(position, area.Y, sizes[i], area.Height)
                : new Rect(area.X, position, area.Width, sizes[i]);
            position += sizes[i];
            if (i < n - 1)
            {
                var gap = Math.Min(spacing, gapLeft);
                position += gap;
                gapLeft -= gap;
            }
        }
    }
}
