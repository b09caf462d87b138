using FsCheck;
using FsCheck.Fluent;

namespace TelnetTui.Tui.Tests.Core;

/// <summary>Splitting a rectangle by length, percentage, min and fill constraints.</summary>
public class LayoutTests
{
    private static int[] Sizes(int total, int spacing, params Constraint[] constraints) =>
        Layout.Split(new Rect(0, 0, total, 1), Direction.Horizontal, spacing, constraints).Select(r => r.Width).ToArray();

    [Fact]
    public void Lengths_then_fill()
    {
        Assert.Equal([10, 70, 20], Sizes(100, 0, Constraint.Length(10), Constraint.Fill(), Constraint.Length(20)));
    }

    [Fact]
    public void Percentages_round_down_and_leave_the_rest_when_nothing_fills()
    {
        Assert.Equal([33, 33], Sizes(100, 0, Constraint.Percentage(33), Constraint.Percentage(33)));
    }

    [Fact]
    public void Fill_weights_share_the_leftover_with_the_remainder_going_first()
    {
        Assert.Equal([34, 33, 33], Sizes(100, 0, Constraint.Fill(), Constraint.Fill(), Constraint.Fill()));
        Assert.Equal([25, 75], Sizes(100, 0, Constraint.Fill(1), Constraint.Fill(3)));
    }

    [Fact]
    public void Min_gets_at_least_its_value_and_grows_like_a_fill()
    {
        Assert.Equal([65, 35], Sizes(100, 0, Constraint.Min(30), Constraint.Fill()));
        Assert.Equal([30, 0], Sizes(30, 0, Constraint.Min(30), Constraint.Fill()));
    }

    [Fact]
    public void When_space_runs_out_the_last_segments_give_way()
    {
        Assert.Equal([20, 10, 0], Sizes(30, 0, Constraint.Length(20), Constraint.Length(20), Constraint.Length(20)));
    }

    [Fact]
    public void Spacing_goes_between_segments()
    {
        var rects = Layout.Split(new Rect(5, 0, 21, 1), Direction.Horizontal, 1, Constraint.Fill(), Constraint.Fill(), Constraint.Length(3));
        Assert.Equal([new Rect(5, 0, 8, 1), new Rect(14, 0, 8, 1), new Rect(23, 0, 3, 1)], rects);
    }

    [Fact]
    public void Vertical_splits_rows()
    {
        var rects = Layout.Split(new Rect(0, 2, 10, 20), Direction.Vertical, Constraint.Fill(), Constraint.Length(1), Constraint.Length(1));
        Assert.Equal([new Rect(0, 2, 10, 18), new Rect(0, 20, 10, 1), new Rect(0, 21, 10, 1)], rects);
    }

    [Fact]
    public void Segments_never_overlap_never_overflow_and_fills_take_all_the_space()
    {
        var constraint = Gen.OneOf(
            Gen.Choose(0, 50).Select(Constraint.Length),
            Gen.Choose(0, 100).Select(Constraint.Percentage),
            Gen.Choose(0, 50).Select(Constraint.Min),
            Gen.Choose(1, 5).Select(Constraint.Fill));
        var input = Gen.Choose(0, 300).SelectMany(total => Gen.Choose(0, 3).SelectMany(spacing =>
            Gen.ListOf(constraint).Where(l => l.Count is > 0 and < 10).Select(l => (total, spacing, l.ToArray()))));
        Prop.ForAll(input.ToArbitrary(), t =>
        {
            var (total, spacing, constraints) = t;
            var rects = Layout.Split(new Rect(7, 0, total, 1), Direction.Horizontal, spacing, constraints);
            var position = 7;
            foreach (var r in rects)
            {
                if (r.X < position || r.Width < 0)
                    return false;
                position = r.Right;
            }
            if (position > 7 + total)
                return false;
            var hasFill = constraints.Any(c => c.Kind is ConstraintKind.Fill or ConstraintKind.Min);
            var gaps = Math.Min(total, spacing * (constraints.Length - 1));
            return !hasFill || rects.Sum(r => r.Width) == total - gaps;
        }).QuickCheckThrowOnFailure();
    }
}
