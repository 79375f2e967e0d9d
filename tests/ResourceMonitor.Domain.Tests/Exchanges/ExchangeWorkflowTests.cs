using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Domain.Tests.Exchanges;

/// <summary>The workflow's transitions: one step forward at a time, declined with a reason from anywhere, licences gate "implemented".</summary>
public sealed class ExchangeWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly LegalPosition Clear = new(LegalStanding.Permitted, false, [], true, null);

    [Fact]
    public void An_exchange_walks_from_proposed_to_implemented_one_step_at_a_time()
    {
        ExchangeStage? stage = null;
        foreach (var next in new[] { ExchangeStage.Proposed, ExchangeStage.UnderDiscussion, ExchangeStage.Agreed, ExchangeStage.Implemented })
        {
            Assert.Null(ExchangeWorkflow.WhyNot(stage, next, null, Clear));
            stage = next;
        }

        Assert.Null(ExchangeWorkflow.Next(stage));
    }

    [Theory]
    [InlineData(null, ExchangeStage.UnderDiscussion, "from not proposed the next stage is proposed, not under-discussion")]
    [InlineData(ExchangeStage.Proposed, ExchangeStage.Agreed, "from proposed the next stage is under-discussion, not agreed")]
    [InlineData(ExchangeStage.Proposed, ExchangeStage.Implemented, "from proposed the next stage is under-discussion, not implemented")]
    [InlineData(ExchangeStage.Agreed, ExchangeStage.Agreed, "from agreed the next stage is implemented, not agreed")]
    [InlineData(ExchangeStage.Implemented, ExchangeStage.Proposed, "implemented is the last stage; it can only be declined")]
    [InlineData(ExchangeStage.UnderDiscussion, ExchangeStage.Proposed, "from under-discussion the next stage is agreed, not proposed")]
    public void A_skipped_or_backward_step_is_refused_with_the_allowed_one(ExchangeStage? from, ExchangeStage to, string why) =>
        Assert.Equal(why, ExchangeWorkflow.WhyNot(from, to, null, Clear));

    [Theory]
    [InlineData(ExchangeStage.Proposed)]
    [InlineData(ExchangeStage.UnderDiscussion)]
    [InlineData(ExchangeStage.Agreed)]
    [InlineData(ExchangeStage.Implemented)]
    public void Any_stage_can_be_declined_with_a_reason_but_not_without(ExchangeStage from)
    {
        Assert.Null(ExchangeWorkflow.WhyNot(from, ExchangeStage.Declined, "the dyeing plant moves in 2027", Clear));
        Assert.Equal("a decline needs a reason", ExchangeWorkflow.WhyNot(from, ExchangeStage.Declined, "  ", Clear));
    }

    [Fact]
    public void A_declined_exchange_can_be_proposed_again_but_not_declined_twice()
    {
        Assert.Null(ExchangeWorkflow.WhyNot(ExchangeStage.Declined, ExchangeStage.Proposed, null, Clear));
        Assert.Equal("it is declined already", ExchangeWorkflow.WhyNot(ExchangeStage.Declined, ExchangeStage.Declined, "again", Clear));
        Assert.NotNull(ExchangeWorkflow.WhyNot(null, ExchangeStage.Declined, "never proposed", Clear));
    }

    [Fact]
    public void An_agreed_exchange_that_is_not_legally_clear_cannot_be_implemented()
    {
        var blocked = new LegalPosition(LegalStanding.NeedsLicence, true, [], false, "the exchange needs a licence");

        Assert.Equal("the exchange needs a licence", ExchangeWorkflow.WhyNot(ExchangeStage.Agreed, ExchangeStage.Implemented, null, blocked));
        Assert.Null(ExchangeWorkflow.WhyNot(ExchangeStage.Proposed, ExchangeStage.UnderDiscussion, null, blocked));
        Assert.Null(ExchangeWorkflow.WhyNot(ExchangeStage.Agreed, ExchangeStage.Declined, "no licence in sight", blocked));
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused()
    {
        var reason = new string('x', ExchangeWorkflow.MaxReasonLength + 1);
        Assert.Equal("the reason is longer than 500 characters", ExchangeWorkflow.WhyNot(ExchangeStage.Proposed, ExchangeStage.Declined, reason, Clear));
    }

    [Fact]
    public void Progress_keeps_every_change_in_order_and_the_last_one_names_who_and_why()
    {
        var first = new WorkflowChange("a--b", null, ExchangeStage.Proposed, "park-operator", null, Now, null);
        var second = new WorkflowChange("a--b", ExchangeStage.Proposed, ExchangeStage.Declined, "dyeing key", "dyeing-01", Now.AddDays(3), "too far");

        var progress = ExchangeProgress.After(ExchangeProgress.After(null, first), second);

        Assert.Equal(ExchangeStage.Declined, progress.Stage);
        Assert.Equal(Now.AddDays(3), progress.Since);
        Assert.Equal([first, second], progress.History);
        Assert.Equal(("dyeing key", "too far"), (ExchangeStatus.Of(progress, Clear).By, ExchangeStatus.Of(progress, Clear).Reason));
    }
}
