package nl.kennisveiligheid.app.architecture.canary.units.api;

import nl.kennisveiligheid.app.architecture.canary.units.entity.CanaryUnitEntity;

/** Canary: a module's api exposing its own entity (breaks the layering inside a module). */
public record CanaryUnitView(CanaryUnitEntity entity) {
}
