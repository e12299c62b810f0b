/**
 * A tiny typed event emitter: the page layer's parts say what happened (`emit`), and the
 * composer (`app.ts`) decides what follows (`on`), instead of the parts calling each other.
 */

/** Listening, the half a part shows the world: `on` returns what stops the listener. */
export interface Listenable<Events> {
  on<K extends keyof Events>(type: K, listener: (payload: Events[K]) => void): () => void;
}

export interface Emitter<Events> extends Listenable<Events> {
  /** Calls every listener of `type`; one that throws is logged, and the others still run. */
  emit<K extends keyof Events>(type: K, payload: Events[K]): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(type, payload) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (err) {
          console.warn(`Frontera: a ${String(type)} listener failed`, err);
        }
      }
    },
  };
}
