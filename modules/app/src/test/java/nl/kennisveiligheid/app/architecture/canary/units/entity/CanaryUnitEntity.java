package nl.kennisveiligheid.app.architecture.canary.units.entity;

import nl.kennisveiligheid.app.architecture.canary.units.control.CanaryUnitRepository;

/** Canary: an entity calling its module's control layer (breaks the layering inside a module). */
public class CanaryUnitEntity {

    public int size(CanaryUnitRepository repository) {
        return repository.size();
    }
}
