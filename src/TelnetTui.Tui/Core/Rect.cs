namespace TelnetTui.Tui;

/// <summary>A rectangle of cells: left column, top row, width and height (never negative).</summary>
public readonly record struct Rect
{
    public int X { get; }
    public int Y { get; }
    public int Width { get; }
    public int Height { get; }

    public Rect(int x, int y, int width, int height)
    {
        X = x;
        Y = y;
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
    }

    public static Rect Empty => default;

    public int Left => X;
    public int Top => Y;
    /// <summary>One past the last column.</summary>
    public int Right => X + Width;
    /// <summary>One past the last row.</summary>
    public int Bottom => Y + Height;
    public int Area => Width * Height;
    public bool IsEmpty => Width == 0 || Height == 0;

    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    public Rect Intersect(Rect other)
    {
        var x = Math.Max(X, other.X);
        var y = Math.Max(Y, other.Y);
        var right = Math.Min(Right, other.Right);
        var bottom = Math.Min(Bottom, other.Bottom);
        return right <= x || bottom <= y ? new Rect(x, y, 0, 0) : new Rect(x, y, right - x, bottom - y);
    }

    /// <summary>The rectangle shrunk by <paramref name="margin"/> cells on every side.</summary>
    public Rect Inset(int margin) => Inset(margin, margin);

    public Rect Inset(int horizontal, int vertical) =>
        new(X + horizontal, Y + vertical, Width - 2 * horizontal, Height - 2 * vertical);

    /// <summary>A rectangle of the given size centred inside this one (clipped to it).</summary>
    public Rect Centered(int width, int height)
    {
        width = Math.Min(width, Width);
        height = Math.Min(height, Height);
        return new Rect(X + (Width - width) / 2, Y + (Height - height) / 2, width, height);
    }

    /// <summary>The single row <paramref name="row"/> rows below the top (empty when outside).</summary>
    public Rect Row(int row) => row >= 0 && row < Height ? new Rect(X, Y + row, Width, 1) : new Rect(X, Y + row, Width, 0);

    public override string ToString() => $"{Width}x{Height}+{X}+{Y}";
}
