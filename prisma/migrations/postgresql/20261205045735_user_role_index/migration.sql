-- CreateIndex
CREATE INDEX "User_role_name_idx" ON "User"("role", "name");
