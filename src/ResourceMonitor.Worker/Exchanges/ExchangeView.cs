using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>One exchange's way to a running exchange, as the API shows it.</summary>
/// <param name="OpportunityId">The pair id.</param>
/// <param name="Resource">What flows.</param>
/// <param name="From">The giving plant.</param>
/// <param name="To">The taking plant.</param>
/// <param name="Status">Stage, who, why, and the legal position now.</param>
/// <param name="NextStage">The forward stage it may move to next (null after implemented).</param>
/// <param name="History">Every workflow change, oldest first.</param>
public sealed record ExchangeView(string OpportunityId, Resource Resource, PlantRef From, PlantRef To, ExchangeStatus Status, ExchangeStage? NextStage, IReadOnlyList<WorkflowChange> History)
{
    /// <summary>The view of <paramref name="route"/> in <paramref name="register"/> at <paramref name="at"/>.</summary>
    public static ExchangeView Of(ExchangeRoute route, ExchangeRegister register, DateTimeOffset at)
    {
        var progress = register.Progress(route.OpportunityId);
        return new ExchangeView(
            route.OpportunityId,
            route.Offer.Resource,
            new PlantRef(route.OfferPlant.Id, route.OfferPlant.Name),
            new PlantRef(route.NeedPlant.Id, route.NeedPlant.Name),
            ExchangeStatus.Of(progress, register.Legal(route, at)),
            ExchangeWorkflow.Next(progress?.Stage),
            progress?.History ?? []);
    }
}
