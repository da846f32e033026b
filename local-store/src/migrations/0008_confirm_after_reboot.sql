-- Confirmation after reboot (`rollout create --confirm-timeout`): a job whose rollout
-- asks for it ends `succeeded` only when the device's inventory shows the target after
-- its `done`, within this many milliseconds. NULL: off, `done` is success (as before).
ALTER TABLE jobs ADD COLUMN confirm_ms INTEGER;
