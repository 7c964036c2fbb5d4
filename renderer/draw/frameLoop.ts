/**
 * At most one draw per animation frame, however many times a frame is asked
 * for (zoom events, pointer moves and React renders all just ask).
 */
export interface FrameLoop {
  request: () => void;
  cancel: () => void;
}

export function createFrameLoop(
  draw: () => void,
  raf: (cb: FrameRequestCallback) => number = (cb) => requestAnimationFrame(cb),
  caf: (id: number) => void = (id) => cancelAnimationFrame(id),
): FrameLoop {
  let pending: number | null = null;
  return {
    request() {
      if (pending !== null) return;
      pending = raf(() => {
        pending = null;
        draw();
      });
    },
    cancel() {
      if (pending !== null) caf(pending);
      pending = null;
    },
  };
}
